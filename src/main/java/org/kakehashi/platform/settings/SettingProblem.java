package org.kakehashi.platform.settings;

import org.kakehashi.platform.problem.DomainProblem;

/** A setting refused: 400 on its value, or an unknown setting. */
public class SettingProblem extends DomainProblem {

    SettingProblem(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, "value", arguments);
    }

    SettingProblem(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, null, arguments);
    }
}
