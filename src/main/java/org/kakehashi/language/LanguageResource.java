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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.platform.identity.Public;

import java.util.List;

/**
 * The languages the office offers, named for the viewer ({@code ?lang=ja}, else the first of Accept-Language).
 */
@Path("languages")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {

    @Inject
    LanguageCatalog catalog;
    @Context
    HttpHeaders headers;

    @GET
    @Public
    @SecurityRequirementsSet
    public List<LanguageInfo> offered(@QueryParam("lang") String lang) {
        return catalog.describedFor(viewer(lang));
    }

    private ULocale viewer(String lang) {
        return ViewerLanguage.of(lang, headers.getAcceptableLanguages());
    }
}
