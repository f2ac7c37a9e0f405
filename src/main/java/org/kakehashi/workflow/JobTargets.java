package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kakehashi.request.Job;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.util.List;

/**
 * The collection the translation job runs once per element of ({@code ${jobTargets.of(...)}}): the request's
 * target languages, read from the request rather than kept as a process variable.
 */
@Named("jobTargets")
@ApplicationScoped
public class JobTargets {

    @Inject
    RequestWork work;

    public List<String> of(String requestNumber) {
        return work.get(RequestNumber.parse(requestNumber)).jobs().stream()
                .map(Job::targetLanguage)
                .map(Object::toString)
                .toList();
    }
}
