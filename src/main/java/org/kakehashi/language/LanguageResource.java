package org.kakehashi.language;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.directory.Directory;
import org.kakehashi.platform.problem.DomainProblem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages the office offers, named for the viewer ({@code ?lang=ja}, else the first of Accept-Language),
 * and who covers which language pairs.
 */
@Path("languages")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {

    public record SkillView(String username, String displayName, List<PairView> pairs) {
    }

    public record PairView(LanguageInfo source, LanguageInfo target) {
    }

    @Inject
    LanguageCatalog catalog;
    @Inject
    Directory directory;
    @Context
    HttpHeaders headers;

    @GET
    @Public
    public List<LanguageInfo> offered(@QueryParam("lang") String lang) {
        return catalog.describedFor(viewer(lang));
    }

    @GET
    @Path("skills")
    public List<SkillView> skills(@QueryParam("lang") String lang) {
        ULocale viewer = viewer(lang);
        return directory.people().stream()
                .filter(person -> !person.languagePairs().isEmpty())
                .map(person -> new SkillView(person.username(), person.displayName(), person.languagePairs().stream()
                        .sorted(Comparator.comparing(LanguagePair::toString))
                        .map(pair -> new PairView(LanguageCatalog.describe(pair.source(), viewer),
                                LanguageCatalog.describe(pair.target(), viewer)))
                        .toList()))
                .toList();
    }

    private ULocale viewer(String lang) {
        if (lang != null && !lang.isBlank()) {
            try {
                return LanguageTag.of(lang).locale();
            } catch (InvalidLanguageTagException e) {
                throw new InvalidLanguageParameter("lang", lang);
            }
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        Locale first = accepted.isEmpty() ? Locale.ENGLISH : accepted.get(0);
        return first.getLanguage().isEmpty() || first.getLanguage().equals("*")
                ? ULocale.ENGLISH : ULocale.forLocale(first);
    }

    /** A query parameter that should be a language tag is not one. */
    static class InvalidLanguageParameter extends DomainProblem {
        InvalidLanguageParameter(String parameter, String text) {
            super(Kind.INVALID, "language.invalid-tag", parameter, text);
        }
    }
}
