package org.kakehashi.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.util.List;

/**
 * Who can review a job: someone active of the routed group who covers the language pair and did not write the
 * translation (its translator, or the requester who sent it to be checked).
 * When nobody can, the job goes to the external reviewers rather than waiting forever or letting the translator
 * approve their own work.
 */
@ApplicationScoped
public class ReviewerPool {

    private Directory directory;
    private RequestWork work;

    /** For the container's proxies only. */
    protected ReviewerPool() {
    }

    @Inject
    public ReviewerPool(Directory directory, RequestWork work) {
        this.directory = directory;
        this.work = work;
    }

    public String groupFor(RequestNumber number, LanguageTag target, String routedGroup) {
        String group = reviewingGroup(work.get(number), target, routedGroup, directory.people());
        work.chooseReviewers(number, target, group);
        return group;
    }

    /** The routed group when one of its people can review the job, else the external reviewers. */
    static String reviewingGroup(Request request, LanguageTag target, String routedGroup, List<Person> people) {
        LanguagePair pair = new LanguagePair(request.brief().sourceLanguage(), target);
        String author = request.onJob(target).translationAuthor();
        boolean someoneCan = Role.fromGroupName(routedGroup)
                .map(role -> people.stream().anyMatch(person -> canReview(person, role, pair, author)))
                .orElse(false);
        return someoneCan ? routedGroup : Role.EXTERNAL_REVIEWER.groupName();
    }

    static boolean canReview(Person person, Role role, LanguagePair pair, String author) {
        return person.isActive()
                && person.roles().contains(role)
                && !person.username().equals(author)
                && person.languagePairs().stream().anyMatch(skill -> skill.covers(pair));
    }
}
