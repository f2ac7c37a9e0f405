package org.kakehashi.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.RequestNumber;

/** Reads the ids the translation process keeps, with the engine's typed variable API. */
final class JobVariables {

    private JobVariables() {
    }

    static RequestNumber request(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return RequestNumber.parse(execution.getProcessBusinessKey());
    }

    static LanguageTag target(VariableScope scope) {
        return LanguageTag.of(string(scope, TranslationProcess.TARGET));
    }

    static String string(VariableScope scope, String name) {
        StringValue value = scope.getVariableTyped(name);
        return value == null ? null : value.getValue();
    }
}
