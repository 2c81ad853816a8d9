package org.forecastledger.account;

import org.forecastledger.web.Fields;
import org.forecastledger.web.Problem.FieldError;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for usernames and passwords, and generated passwords. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads no further than 72 bytes. */
    public static final int MAX_BYTES = 72;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** What is wrong with a password for this username, if anything (the password itself is never repeated). */
    public static Optional<FieldError> problem(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldError(field, Fields.REQUIRED));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new FieldError(field, "must be at least " + MIN_LENGTH + " characters long"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new FieldError(field, "must be at most " + MAX_BYTES + " bytes long (bcrypt's limit)"));
        }
        if (password.isBlank()) {
            return Optional.of(new FieldError(field, "must not be only spaces"));
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of(new FieldError(field, "must not be the username"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> usernameProblem(String field, String username) {
        if (username == null || username.isBlank()) {
            return Optional.of(new FieldError(field, Fields.REQUIRED));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(new FieldError(field, "must be 3 to 40 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit"));
        }
        return Optional.empty();
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static List<FieldError> all(Optional<FieldError>... problems) {
        return java.util.Arrays.stream(problems).flatMap(Optional::stream).toList();
    }
}
