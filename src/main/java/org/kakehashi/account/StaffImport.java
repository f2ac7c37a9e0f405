package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import org.kakehashi.account.StaffList.Column;
import org.kakehashi.account.StaffList.Entry;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.interpreting.Interpreters;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.InvalidFields;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Importing a staff list: first a preview with what each row would do and every row's problems by row and
 * column, then the import, all of it or — if any row has a problem — none. A person already as the row describes
 * them is left as they are, so importing the same list again changes nothing. People come without passwords: the
 * administrator sets them, or the city's single sign-on logs them in.
 */
@ApplicationScoped
@Transactional
public class StaffImport {

    /** What a row does: adds a person, changes one, or finds them as described. */
    public enum Action { ADD, CHANGE, UNCHANGED }

    /** One row's problem: the column (null for the whole row), the message key and its arguments. */
    public record Problem(int row, String column, String messageKey, Object... arguments) {
    }

    /** A row as it would be imported. */
    public record Row(int row, String username, Action action, PersonDetails details, List<Problem> problems) {
    }

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,、，;]+");

    @Inject
    Directory directory;
    @Inject
    Interpreters interpreters;
    @Inject
    PeopleAdministration people;

    public List<Row> preview(StaffList list) {
        List<Row> rows = new ArrayList<>();
        for (String heading : list.unknownHeadings()) {
            rows.add(new Row(1, null, null, null, List.of(new Problem(1, heading, "account.import-unknown-column",
                    heading))));
        }
        Set<String> seen = new HashSet<>();
        for (Entry entry : list.entries()) {
            rows.add(row(entry, seen));
        }
        return rows;
    }

    /** @throws InvalidFields naming every problem of every row, when there is one; then nothing is imported */
    public List<Row> importAll(StaffList list, String admin, String from) {
        List<Row> rows = preview(list);
        List<InvalidFields.Field> problems = rows.stream().flatMap(row -> row.problems().stream())
                .map(p -> new InvalidFields.Field("row " + p.row() + (p.column() == null ? "" : ": " + p.column()),
                        p.messageKey(), p.arguments()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        for (Row row : rows) {
            if (row.action() == Action.ADD) {
                people.add(row.username(), row.details(), null, admin, from);
            } else if (row.action() == Action.CHANGE) {
                people.update(row.username(), row.details(), admin, from);
            }
        }
        return rows;
    }

    private Row row(Entry entry, Set<String> seen) {
        List<Problem> problems = new ArrayList<>();
        int n = entry.row();
        String username = entry.cell(Column.USERNAME);
        if (username.isEmpty()) {
            problems.add(new Problem(n, Column.USERNAME.key(), "account.import-missing"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem(n, Column.USERNAME.key(), "account.import-username", username));
        } else if (!seen.add(username)) {
            problems.add(new Problem(n, Column.USERNAME.key(), "account.import-repeated", username));
        }
        String displayName = entry.cell(Column.DISPLAY_NAME);
        if (displayName.isEmpty()) {
            problems.add(new Problem(n, Column.DISPLAY_NAME.key(), "account.import-missing"));
        } else if (displayName.length() > 200) {
            problems.add(new Problem(n, Column.DISPLAY_NAME.key(), "account.import-too-long", 200));
        }
        String department = blankToNull(entry.cell(Column.DEPARTMENT));
        if (department != null && directory.department(department).isEmpty()) {
            problems.add(new Problem(n, Column.DEPARTMENT.key(), "account.unknown-department", department));
        }
        String partner = blankToNull(entry.cell(Column.PARTNER));
        if (partner != null && directory.partner(partner).isEmpty()) {
            problems.add(new Problem(n, Column.PARTNER.key(), "account.unknown-partner", partner));
        }
        if (department != null && partner != null) {
            problems.add(new Problem(n, Column.PARTNER.key(), "account.import-department-and-partner"));
        }
        Set<Role> roles = roles(entry, problems);
        Set<LanguagePair> pairs = languagePairs(entry, problems);
        Set<InterpretingMode> modes = modes(entry, problems);
        String email = email(entry, problems);
        LanguageTag mailLanguage = mailLanguage(entry, problems);
        if (!problems.isEmpty()) {
            return new Row(n, username, null, null, problems);
        }
        PersonDetails details = new PersonDetails(displayName, department, partner, roles, pairs, modes, email,
                mailLanguage);
        return new Row(n, username, action(username, details), details, List.of());
    }

    private Action action(String username, PersonDetails details) {
        return directory.person(username)
                .map(person -> PersonDetails.State.of(person, interpreters.modesOf(username))
                        .equals(expected(person, details)) ? Action.UNCHANGED : Action.CHANGE)
                .orElse(Action.ADD);
    }

    /** The state the person would have after the row, to compare with the state they have. */
    private static PersonDetails.State expected(Person person, PersonDetails details) {
        return new PersonDetails.State(details.displayName(), details.department(), details.partner(),
                details.roles().stream().map(Role::groupName).sorted().toList(),
                details.languagePairs().stream().map(LanguagePair::toString).sorted().toList(),
                details.interpretingModes().stream().map(InterpretingMode::name).sorted().toList(), details.email(),
                (details.mailLanguage() == null ? LanguageTag.of("ja") : details.mailLanguage()).value(),
                person.isActive());
    }

    private static Set<Role> roles(Entry entry, List<Problem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : words(entry.cell(Column.ROLES))) {
            Role.fromGroupName(name).ifPresentOrElse(roles::add, () -> problems.add(
                    new Problem(entry.row(), Column.ROLES.key(), "account.unknown-role", name)));
        }
        if (roles.isEmpty() && problems.stream().noneMatch(p -> Column.ROLES.key().equals(p.column()))) {
            problems.add(new Problem(entry.row(), Column.ROLES.key(), "account.import-no-role"));
        }
        return roles;
    }

    private static Set<LanguagePair> languagePairs(Entry entry, List<Problem> problems) {
        Set<LanguagePair> pairs = new HashSet<>();
        for (String text : words(entry.cell(Column.LANGUAGE_PAIRS))) {
            try {
                pairs.add(LanguagePair.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(entry.row(), Column.LANGUAGE_PAIRS.key(), "account.not-a-language-pair",
                        text));
            }
        }
        return pairs;
    }

    private static Set<InterpretingMode> modes(Entry entry, List<Problem> problems) {
        Set<InterpretingMode> modes = EnumSet.noneOf(InterpretingMode.class);
        for (String name : words(entry.cell(Column.INTERPRETING_MODES))) {
            try {
                modes.add(InterpretingMode.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(entry.row(), Column.INTERPRETING_MODES.key(),
                        "account.unknown-interpreting-mode", name));
            }
        }
        return modes;
    }

    private static String email(Entry entry, List<Problem> problems) {
        String email = blankToNull(entry.cell(Column.EMAIL));
        if (email == null) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            if (email.length() > 254 || !address.getAddress().equals(email)) {
                throw new AddressException(email);
            }
            return email;
        } catch (AddressException e) {
            problems.add(new Problem(entry.row(), Column.EMAIL.key(), "account.import-email", email));
            return null;
        }
    }

    private static LanguageTag mailLanguage(Entry entry, List<Problem> problems) {
        String tag = blankToNull(entry.cell(Column.MAIL_LANGUAGE));
        if (tag == null) {
            return null;
        }
        try {
            return LanguageTag.of(tag);
        } catch (InvalidLanguageTagException e) {
            problems.add(new Problem(entry.row(), Column.MAIL_LANGUAGE.key(), "account.import-language", tag));
            return null;
        }
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : List.of(SEPARATORS.split(cell.strip()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
