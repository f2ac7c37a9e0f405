package org.kakehashi.machine;

/** The machine translation service gave no usable draft; the reason is short enough to show to the office. */
public class MachineTranslationUnavailable extends RuntimeException {

    public MachineTranslationUnavailable(String reason) {
        super(reason);
    }

    public MachineTranslationUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
