package org.kakehashi.task;

import org.kakehashi.interpreting.InterpretationScheduling;
import org.kakehashi.request.RequestWork;

/** The use cases a {@link WorkStep} applies a completed task through. */
record Work(RequestWork requests, InterpretationScheduling interpreting) {
}
