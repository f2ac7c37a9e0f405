package org.kakehashi.task;

import jakarta.ws.rs.QueryParam;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.problem.WholeNumberParameter;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestType;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The task list's query parameters as sent. They are read as text and checked here, so that a bad value is a
 * 400 naming its parameter rather than the 404 JAX-RS answers for a query parameter it cannot convert.
 */
public class TaskListParameters {

    @QueryParam("group")
    String group;
    @QueryParam("step")
    String step;
    @QueryParam("type")
    String type;
    @QueryParam("language")
    String language;
    @QueryParam("urgency")
    String urgency;
    @QueryParam("request")
    String request;
    @QueryParam("sort")
    String sort;
    @QueryParam("page")
    String page;
    @QueryParam("size")
    String size;

    TaskSelection selection() {
        TaskFilter filter = new TaskFilter(
                given(step) ? step() : null,
                given(type) ? choice("type", type, RequestType.values(), Enum::name) : null,
                given(language) ? language() : null,
                given(urgency) ? choice("urgency", urgency, Urgency.values(), Urgency::parameter) : null,
                given(request) ? request() : null);
        return new TaskSelection(given(group) ? group.strip() : null, filter,
                given(sort) ? choice("sort", sort, TaskOrder.values(), TaskOrder::parameter) : TaskOrder.DUE,
                given(page) ? WholeNumberParameter.of("page", page, 0, Integer.MAX_VALUE / TaskSelection.MAX_SIZE) : 0,
                given(size) ? WholeNumberParameter.of("size", size, 1, TaskSelection.MAX_SIZE) : TaskSelection.DEFAULT_SIZE);
    }

    private String step() {
        String key = step.strip();
        if (WorkStep.forTask(key).isEmpty()) {
            throw TaskProblem.invalidChoice("step", step, Arrays.stream(WorkStep.values()).map(WorkStep::taskKey)
                    .collect(Collectors.joining(", ")));
        }
        return key;
    }

    private LanguageTag language() {
        try {
            return LanguageTag.of(language.strip());
        } catch (InvalidLanguageTagException e) {
            throw TaskProblem.invalidLanguage(language);
        }
    }

    private RequestNumber request() {
        if (!RequestNumber.isValid(request.strip())) {
            throw TaskProblem.invalidRequestNumber(request);
        }
        return RequestNumber.parse(request.strip());
    }

    private static <E extends Enum<E>> E choice(String field, String value, E[] values, Function<E, String> name) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values)
                .filter(candidate -> name.apply(candidate).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> TaskProblem.invalidChoice(field, value,
                        Arrays.stream(values).map(name).collect(Collectors.joining(", "))));
    }


    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
