package org.kakehashi.directory;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageInfo;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.ViewerLanguage;

import java.util.Comparator;
import java.util.List;

/** Who covers which language pairs, the languages named for the viewer. */
@Path("languages/skills")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageSkillsResource {

    public record SkillView(String username, String displayName, List<PairView> pairs) {
    }

    public record PairView(LanguageInfo source, LanguageInfo target) {
    }

    @Inject
    Directory directory;
    @Context
    HttpHeaders headers;

    @GET
    public List<SkillView> skills(@QueryParam("lang") String lang) {
        ULocale viewer = ViewerLanguage.of(lang, headers.getAcceptableLanguages());
        return directory.people().stream()
                .filter(person -> !person.languagePairs().isEmpty())
                .map(person -> new SkillView(person.username(), person.displayName(), person.languagePairs().stream()
                        .sorted(Comparator.comparing(LanguagePair::toString))
                        .map(pair -> new PairView(LanguageCatalog.describe(pair.source(), viewer),
                                LanguageCatalog.describe(pair.target(), viewer)))
                        .toList()))
                .toList();
    }
}
