package org.kakehashi.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.kakehashi.it.upgrade.FixtureRows;
import org.kakehashi.request.VisibilityTable;

import java.io.File;

/**
 * The application as built by the package phase — the integration tests run the real WAR — deployed once for all
 * of them (each class deploying its own spent 13 s a class): the people of {@link TestOffice} in its directory,
 * the test-only endpoints that stand for time passing or for a failure, and the test classes that run inside the
 * server.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive application() {
        File war = new File("target/kakehashi.war");
        if (!war.isFile()) {
            throw new IllegalStateException("run the package phase first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "kakehashi.war").importFrom(war).as(WebArchive.class)
                .addClass(TestOffice.class)
                .addClasses(RetentionClock.class, SessionClock.class, LinkClock.class, TaskDueDates.class,
                        TaskTimers.class, FailingWork.class, FailingSubmissionStep.class, OfficeHourClock.class,
                        OfficeHourPin.class)
                .addClasses(CitizenFormRaceIT.class, DeliveryMailIT.class, DigestIT.class, LoginSessionIT.class,
                        ReportsIT.class, ReportFixtures.class, RequestNumbersIT.class, SubmissionRollbackIT.class,
                        RequestVisibilityIT.class, VisibilityTable.class, FixtureRows.class)
                .addClass("org.kakehashi.it.upgrade.UpgradeIT")
                .addAsResource("request/visibility.csv")
                .addAsResource("upgrade/h2/rows.tsv").addAsResource("upgrade/postgresql/rows.tsv");
    }
}
