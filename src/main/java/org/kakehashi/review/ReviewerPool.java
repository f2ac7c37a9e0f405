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

/**
 * Who can review a job: someone active of the routed group who covers the language pair and did not write the
 * translation (its translator, or the requester who sent it to be checked).
 * When nobody can, the job goes to the external reviewers rather than waiting forever or letting the translator
 * approve their own work.
 */
@ApplicationScoped
public class ReviewerPool {

    @Inject
    Directory directory;
    @Inject
    RequestWork work;

    public String groupFor(RequestNumber number, LanguageTag target, String routedGroup) {
        Request request = work.get(number);
        LanguagePair pair = new LanguagePair(request.sourceLanguage(), target);
        String author = request.translationAuthor(target);
        boolean someoneCan = Role.fromGroupName(routedGroup)
                .map(role -> directory.people().stream().anyMatch(person -> canReview(person, role, pair, author)))
                .orElse(false);
        String group = someoneCan ? routedGroup : Role.EXTERNAL_REVIEWER.groupName();
        work.chooseReviewers(number, target, group);
        return group;
    }

    static boolean canReview(Person person, Role role, LanguagePair pair, String author) {
        return person.isActive()
                && person.roles().contains(role)
                && !person.username().equals(author)
                && person.languagePairs().stream().anyMatch(skill -> skill.covers(pair));
    }
}
