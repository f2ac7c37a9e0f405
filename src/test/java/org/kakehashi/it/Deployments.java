package org.kakehashi.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application as built by the package phase — the integration tests run the real WAR — with the people of
 * {@link TestOffice} in its directory.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File("target/kakehashi.war");
        if (!war.isFile()) {
            throw new IllegalStateException("run the package phase first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "kakehashi.war").importFrom(war).as(WebArchive.class)
                .addClass(TestOffice.class);
    }
}
