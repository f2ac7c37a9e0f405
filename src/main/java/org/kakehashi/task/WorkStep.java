package org.kakehashi.task;

import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;
import org.kakehashi.workflow.InterpretationProcess;
import org.kakehashi.workflow.TranslationProcess;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What completing each user task means for the request, and which outcomes it has. Applying a step records it
 * on the request and returns the variables that route the process on.
 */
enum WorkStep {

    TRIAGE(TranslationProcess.TRIAGE_REQUEST, TranslationProcess.ACCEPT, TranslationProcess.REJECT,
            TranslationProcess.ASK) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            switch (completion.outcome()) {
                case TranslationProcess.ACCEPT -> work.accept(number, user);
                case TranslationProcess.REJECT -> work.reject(number, user, completion.reason(),
                        completion.comment());
                default -> work.askBack(number, user, completion.comment());
            }
            return Map.of(TranslationProcess.TRIAGE, completion.outcome());
        }
    },

    /** Triaged as a translation is: accepted, rejected, or a question put to the requester first. */
    TRIAGE_INTERPRETATION(InterpretationProcess.TRIAGE_INTERPRETATION, TranslationProcess.ACCEPT,
            TranslationProcess.REJECT, TranslationProcess.ASK) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            return TRIAGE.apply(work, number, target, user, completion);
        }
    },

    SCHEDULE(InterpretationProcess.SCHEDULE_INTERPRETATION, InterpretationProcess.SCHEDULE) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            work.schedule(number, user, completion.interpreter());
            return Map.of(InterpretationProcess.INTERPRETER, completion.interpreter().strip());
        }
    },

    REPORT(InterpretationProcess.REPORT_EVENT, InterpretationProcess.REPORT) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            work.report(number, user, completion.comment());
            return Map.of();
        }
    },

    TRANSLATE(TranslationProcess.TRANSLATE_REQUEST, "submit") {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            work.submitTranslation(number, target, user, completion.translation(),
                    completion.translatedDocument());
            return Map.of(TranslationProcess.TRANSLATOR, user);
        }
    },

    /** A delivery to partners with personal data in its translations goes out on the coordinator's word. */
    CONFIRM_DELIVERY(TranslationProcess.CONFIRM_DELIVERY, TranslationProcess.DELIVER) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            work.confirmDelivery(number, user, completion.comment());
            return Map.of();
        }
    },

    /** A job whose source holds personal data goes to a contracted linguist on the coordinator's word. */
    CONFIRM_HAND_OUT(TranslationProcess.CONFIRM_HAND_OUT, TranslationProcess.HAND_OUT) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            work.confirmHandOut(number, target, user, completion.comment());
            return Map.of();
        }
    },

    REVIEW(TranslationProcess.REVIEW_TRANSLATION, TranslationProcess.APPROVE, TranslationProcess.CHANGES) {
        @Override
        Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                  Completion completion) {
            if (completion.outcome().equals(TranslationProcess.APPROVE)) {
                work.approve(number, target, user);
            } else {
                work.requestChanges(number, target, user, completion.comment());
            }
            return Map.of(TranslationProcess.REVIEW, completion.outcome());
        }

        @Override
        void checkMayTake(RequestWork work, RequestNumber number, LanguageTag target, String user) {
            work.checkMayReview(number, target, user);
        }
    };

    /**
     * What the person sends when completing a task; {@code translatedDocument} is the requester's document with
     * the translation merged in, when the translation came as an XLIFF file; {@code overrides} the reasons for
     * keeping what the quality checks found, by finding key.
     */
    record Completion(String outcome, String reason, String comment, String translation, String interpreter,
                      StoredDocument translatedDocument, Map<String, String> overrides, boolean checked) {

        Completion(String outcome, String reason, String comment, String translation, String interpreter,
                   StoredDocument translatedDocument, Map<String, String> overrides) {
            this(outcome, reason, comment, translation, interpreter, translatedDocument,
                    overrides == null ? Map.of() : overrides, false);
        }

        /** A translation the quality checks passed already, segment by segment. */
        static Completion checked(String translation, StoredDocument translatedDocument) {
            return new Completion(null, null, null, translation, null, translatedDocument, Map.of(), true);
        }
    }

    private final String taskKey;
    private final List<String> outcomes;

    WorkStep(String taskKey, String... outcomes) {
        this.taskKey = taskKey;
        this.outcomes = List.of(outcomes);
    }

    static Optional<WorkStep> forTask(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }

    String taskKey() {
        return taskKey;
    }

    List<String> outcomes() {
        return outcomes;
    }

    /** @param target the job's target language, or null for a task of the whole request */
    abstract Map<String, Object> apply(RequestWork work, RequestNumber number, LanguageTag target, String user,
                                       Completion completion);

    /** Refuses a user who may not take this task on this request, beyond the candidate groups. */
    void checkMayTake(RequestWork work, RequestNumber number, LanguageTag target, String user) {
    }
}
