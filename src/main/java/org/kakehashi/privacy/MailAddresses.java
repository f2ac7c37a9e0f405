package org.kakehashi.privacy;

import java.util.List;
import java.util.regex.Pattern;

/** Finds mail addresses with an ASCII domain (user@example.jp, ＵＳＥＲ＠ＥＸＡＭＰＬＥ．ＪＰ); not internationalised domains. */
final class MailAddresses {

    private static final Pattern MAIL_ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@"
                    + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])");

    private MailAddresses() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        return text.find(MAIL_ADDRESS).stream()
                .map(match -> text.finding(PersonalDataKind.MAIL_ADDRESS, match.start(), match.end()))
                .toList();
    }
}
