package dev.tradedesk.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final EmailAddress ADA = EmailAddress.of("ada@example.com");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00.123456789Z");

    private static OneTimeCode.Issued issue() {
        return OneTimeCode.issue(UUID.randomUUID(), ADA, CodePurpose.SIGN_IN, NOW);
    }

    @Test
    void a_new_code_is_six_random_digits_valid_for_ten_minutes_with_no_attempts_yet() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            OneTimeCode.Issued issued = issue();
            assertThat(issued.digits()).matches("[0-9]{6}");
            seen.add(issued.digits());
        }
        assertThat(seen).as("codes are random").hasSizeGreaterThan(150);

        OneTimeCode code = issue().code();
        assertThat(code.attempts()).isZero();
        assertThat(code.createdAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00.123456Z"));
        assertThat(Duration.between(code.createdAt(), code.expiresAt())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void only_the_exact_digits_match() {
        OneTimeCode.Issued issued = issue();
        String digits = issued.digits();
        String other = String.format("%06d", (Integer.parseInt(digits) + 1) % 1_000_000);

        assertThat(issued.code().matches(digits)).isTrue();
        assertThat(issued.code().matches(other)).isFalse();
        assertThat(issued.code().matches(" " + digits)).isFalse();
        assertThat(issued.code().matches(digits.substring(1))).isFalse();
        assertThat(issued.code().matches("١٢٣٤٥٦")).as("non-ASCII digits").isFalse();
        assertThat(issued.code().matches(null)).isFalse();
    }

    @Test
    void the_digits_are_stored_only_as_a_salted_hash() {
        OneTimeCode first = issue().code();
        OneTimeCode restored = OneTimeCode.restore(first.id(), first.email(), first.purpose(), first.salt(),
                first.hash(), first.attempts(), first.createdAt(), first.expiresAt());

        assertThat(restored).isEqualTo(first);
        assertThat(first.hash()).hasSize(32);
        assertThat(first.salt()).hasSize(16);
        OneTimeCode second = issue().code();
        assertThat(second.salt()).isNotEqualTo(first.salt());
    }

    @Test
    void it_is_usable_until_it_expires_or_runs_out_of_attempts() {
        OneTimeCode code = issue().code();

        assertThat(code.isUsableAt(code.expiresAt().minusNanos(1000))).isTrue();
        assertThat(code.isUsableAt(code.expiresAt())).isFalse();

        OneTimeCode tried = code;
        for (int i = 1; i < OneTimeCode.MAX_ATTEMPTS; i++) {
            tried = tried.withAttemptCounted();
            assertThat(tried.isUsableAt(NOW)).isTrue();
        }
        OneTimeCode spent = tried.withAttemptCounted();
        assertThat(spent.attempts()).isEqualTo(5);
        assertThat(spent.isUsableAt(NOW)).isFalse();
        assertThatThrownBy(spent::withAttemptCounted).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_digits_never_show_in_logs() {
        OneTimeCode.Issued issued = issue();

        assertThat(issued.toString()).doesNotContain(issued.digits()).contains("******");
        assertThat(issued.code().toString()).doesNotContain(issued.digits());
    }

    @Test
    void purposes_have_stable_storage_keys() {
        assertThat(CodePurpose.SIGN_IN.key()).isEqualTo("sign_in");
        assertThat(CodePurpose.PASSWORD_RESET.key()).isEqualTo("password_reset");
        for (CodePurpose purpose : CodePurpose.values()) {
            assertThat(CodePurpose.ofKey(purpose.key())).isEqualTo(purpose);
        }
        assertThatThrownBy(() -> CodePurpose.ofKey("login")).isInstanceOf(IllegalArgumentException.class);
    }
}
