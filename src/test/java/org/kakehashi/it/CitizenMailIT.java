package org.kakehashi.it;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen is written to in the language of the form they used, whatever the language of the text they sent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenMailIT {

    /** This test's citizen, apart from the other tests' rate-limit allowance. */
    private static final String CITIZEN = "203.0.113.21";

    @ArquillianResource
    URL base;

    @Test
    void aResidentAskingOnTheEnglishFormForAJapaneseNoticeIsWrittenToInEnglish() throws Exception {
        MailCatcher.start();
        try {
            String token = Api.citizen(base, CITIZEN).header("Accept-Language", "en").get("public/form-token")
                    .then().statusCode(200).extract().path("formToken");
            Thread.sleep(3_200);
            String number = Api.citizen(base, CITIZEN).header("Accept-Language", "en")
                    .body(Map.of("name", "Nguyen Van An", "email", "an.nguyen@example.org",
                            "sourceLanguage", "ja", "targetLanguage", "en",
                            "text", "粗大ごみの収集日が変わりました。", "wantedBy", LocalDate.now().plusDays(30).toString(),
                            "formToken", token))
                    .post("public/requests").then().statusCode(201).extract().path("number");

            Api emily = Api.as(base, "emily");
            emily.complete(emily.taskFor(number, "triageRequest"),
                    Map.of("outcome", "ask", "comment", "Which district do you live in?"));

            MimeMessage question = MailCatcher.mailAbout("an.nguyen@example.org", number);
            assertThat(question.getSubject()).isEqualTo("[Kakehashi] A question about request " + number);
            assertThat(MailCatcher.text(question, "text/html")).contains("<html lang=\"en\">");
            assertThat(MailCatcher.text(question, "text/plain")).contains("\"Which district do you live in?\"");
        } finally {
            MailCatcher.stop();
        }
    }
}
