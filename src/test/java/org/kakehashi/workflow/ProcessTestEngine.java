package org.kakehashi.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.platform.settings.SettingsAtStart;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The in-memory engine the process tests share, on the city calendar, with the delegates' application services
 * replaced by recorders: what the process did to which request, for the tests to assert.
 */
final class ProcessTestEngine {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Recorder RECORDED = new Recorder();

    private ProcessTestEngine() {
    }

    /** What the delegates were asked to do, and the targets and reviewer fallbacks a test arranged. */
    static final class Recorder {
        final List<String> delivered = new ArrayList<>();
        final List<String> reminded = new ArrayList<>();
        final List<String> lapsed = new ArrayList<>();
        final List<String> remindedOfTasks = new ArrayList<>();
        final List<String> overdueTasks = new ArrayList<>();
        final List<String> routes = new ArrayList<>();
        final Map<String, List<String>> targets = new HashMap<>();
        final Set<String> noInHouseReviewerFor = new HashSet<>();
        final List<String> interpretersReminded = new ArrayList<>();
        final List<String> held = new ArrayList<>();
        final List<String> partnersReminded = new ArrayList<>();
        final Map<String, Date[]> events = new HashMap<>();
        final Map<String, LocalDate> wantedBy = new HashMap<>();
        final Map<String, RequestFacts> facts = new HashMap<>();
        final Set<String> personalDataForPartners = new HashSet<>();
        final Set<String> personalDataForLinguist = new HashSet<>();

        void clear() {
            delivered.clear();
            reminded.clear();
            lapsed.clear();
            remindedOfTasks.clear();
            overdueTasks.clear();
            routes.clear();
            targets.clear();
            noInHouseReviewerFor.clear();
            interpretersReminded.clear();
            held.clear();
            partnersReminded.clear();
            events.clear();
            wantedBy.clear();
            facts.clear();
            personalDataForPartners.clear();
            personalDataForLinguist.clear();
        }
    }

    /** The bean behind {@code ${deliveryPrivacy...}}: the requests (and jobs) a test gave personal data. */
    public static final class PersonalDataAsArranged extends DeliveryPrivacy {
        @Override
        public boolean needsConfirmation(DelegateExecution execution) {
            return RECORDED.personalDataForPartners.contains(execution.getProcessBusinessKey());
        }

        @Override
        public boolean needsHandOutConfirmation(DelegateExecution execution) {
            return RECORDED.personalDataForLinguist.contains(execution.getProcessBusinessKey() + "/"
                    + execution.getVariable(TranslationProcess.TARGET));
        }
    }

    /** The bean behind {@code ${jobTargets.of(...)}}. */
    public static final class Targets {
        public List<String> of(String requestNumber) {
            return RECORDED.targets.get(requestNumber);
        }
    }

    /** The bean behind {@code ${interpretationTimes...}}: the event times a test arranged. */
    public static final class EventTimes {
        public Date reminderAt(String requestNumber) {
            return RECORDED.events.get(requestNumber)[0];
        }

        public Date endAt(String requestNumber) {
            return RECORDED.events.get(requestNumber)[1];
        }
    }

    /** The bean behind {@code ${requestFacts.of(execution)}}: the requests as the tests submitted them. */
    public static final class SubmittedFacts extends RequestFactsLookup {
        @Override
        public RequestFacts of(VariableScope scope) {
            String number = requestNumberOf(scope);
            RequestFacts submitted = RECORDED.facts.get(number);
            return new RequestFacts(submitted.type(), submitted.sourceLanguage(), submitted.characters(),
                    submitted.purpose(), submitted.topic(), RECORDED.wantedBy.get(number), submitted.partners());
        }
    }

    /** The bean behind {@code ${taskDue...}}, in Tokyo, with the wanted-by dates a test arranged. */
    public static final class TokyoDueDates extends TaskDueDates {
        TokyoDueDates(Deadlines deadlines, RequestFactsLookup requests) {
            this.deadlines = deadlines;
            this.requests = requests;
        }

        @Override
        protected ZoneId zone() {
            return TOKYO;
        }
    }

    private static ProcessEngine engine;

    /** One engine for all process tests of the run: they share its in-memory database. */
    static synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = build();
        }
        return engine;
    }

    private static ProcessEngine build() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:translation-process;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setJobExecutorActivate(false);
        configuration.setBusinessCalendarManager(CityCalendars.forEngine(CityCalendar::standard, TOKYO));
        Map<Object, Object> beans = new HashMap<>();
        beans.put(TranslationProcess.DELIVER_TRANSLATION,
                (JavaDelegate) e -> RECORDED.delivered.add(e.getProcessBusinessKey()));
        beans.put(TranslationProcess.REMIND_REQUESTER,
                (JavaDelegate) e -> RECORDED.reminded.add(e.getProcessBusinessKey()));
        beans.put(TranslationProcess.LAPSE_REQUEST, (JavaDelegate) e -> RECORDED.lapsed.add(e.getProcessBusinessKey()));
        beans.put(TranslationProcess.RECORD_ROUTE, (JavaDelegate) e -> RECORDED.routes.add(
                JobVariables.string(e, TranslationProcess.TARGET) + ": "
                        + JobVariables.string(e, TranslationProcess.TRANSLATOR_GROUP) + " / "
                        + JobVariables.string(e, TranslationProcess.REVIEWER_GROUP)));
        beans.put(TranslationProcess.CHOOSE_REVIEWERS, (JavaDelegate) e -> e.setVariable(TranslationProcess.REVIEWERS,
                RECORDED.noInHouseReviewerFor.contains(JobVariables.string(e, TranslationProcess.TARGET))
                        ? "external-reviewer"
                        : JobVariables.string(e, TranslationProcess.REVIEWER_GROUP)));
        beans.put("remindAssignee", (TaskListener) t -> RECORDED.remindedOfTasks.add(t.getTaskDefinitionKey()));
        beans.put("escalateOverdueTask", (TaskListener) t -> {
            t.addCandidateGroup("office-manager");
            RECORDED.overdueTasks.add(t.getTaskDefinitionKey());
        });
        Deadlines deadlines = new Deadlines();
        deadlines.settings = SettingsAtStart.settings();
        beans.put("deadlines", deadlines);
        SubmittedFacts requests = new SubmittedFacts();
        beans.put("requestFacts", requests);
        beans.put("taskDue", new TokyoDueDates(deadlines, requests));
        beans.put("partnerReminders", new ReminderInFiveDays());
        beans.put("jobTargets", new Targets());
        beans.put("deliveryPrivacy", new PersonalDataAsArranged());
        beans.put("interpretationTimes", new EventTimes());
        beans.put(InterpretationProcess.REMIND_INTERPRETER,
                (JavaDelegate) e -> RECORDED.interpretersReminded.add(e.getProcessBusinessKey()));
        beans.put(TranslationProcess.REMIND_PARTNERS,
                (JavaDelegate) e -> RECORDED.partnersReminded.add(e.getProcessBusinessKey()));
        beans.put(InterpretationProcess.MARK_HELD, (JavaDelegate) e -> RECORDED.held.add(e.getProcessBusinessKey()));
        configuration.setBeans(beans);
        return configuration.buildProcessEngine();
    }

    /** Starts the process as the application does for a submitted request. */
    static ProcessInstance submit(String number, String type, long characters, String... targets) {
        return submitWithPartners(number, 0, type, characters, targets);
    }

    static ProcessInstance submitWithPartners(String number, int partners, String type, long characters,
                                              String... targets) {
        RECORDED.targets.put(number, List.of(targets));
        RECORDED.facts.put(number, new RequestFacts(type, "ja", characters, "PUBLIC_NOTICE", null, null, partners));
        return runtimeService().startProcessInstanceByKey(TranslationProcess.KEY, number);
    }

    static ProcessInstance submit(String number) {
        return submit(number, "TRANSLATION", 120, "en");
    }

    /** The open task of the job for one target language. */
    static Task jobTask(ProcessInstance request, String target) {
        return taskService().createTaskQuery().processInstanceId(request.getId()).list().stream()
                .filter(task -> target.equals(taskService().getVariable(task.getId(), TranslationProcess.TARGET)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task for the " + target + " job"));
    }

    /** The partners' reminder five days after delivery; their calendars are {@code PartnerCalendarTest}'s. */
    public static final class ReminderInFiveDays {
        public Date dueAt(DelegateExecution execution) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5)));
        }
    }
}
