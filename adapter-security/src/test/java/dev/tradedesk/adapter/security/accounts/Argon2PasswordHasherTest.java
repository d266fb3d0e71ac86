package dev.tradedesk.adapter.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.domain.accounts.PlainPassword;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(Argon2Settings.OWASP);
    private final PlainPassword password = PlainPassword.of("glacier-violin-orbit-42");

    @Test
    void hashes_with_argon2id_and_the_configured_cost_in_phc_format() {
        String hash = hasher.hash(password);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(password.reveal());
        assertThat(hasher.hash(password)).as("fresh salt each time").isNotEqualTo(hash);
    }

    @Test
    void verifies_the_right_password_only() {
        String hash = hasher.hash(password);

        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(PlainPassword.offered("glacier-violin-orbit-43"), hash)).isFalse();
        assertThat(hasher.matches(PlainPassword.offered(""), hash)).isFalse();
    }

    @Test
    void a_malformed_hash_never_matches() {
        assertThat(hasher.matches(password, "$argon2id$v=19$garbage")).isFalse();
        assertThat(hasher.matches(password, "plain")).isFalse();
        assertThat(hasher.matches(password, null)).isFalse();
    }

    @Test
    void hashes_made_with_other_parameters_still_verify() {
        String oldHash = new Argon2PasswordHasher(new Argon2Settings(8_192, 1, 1)).hash(password);

        assertThat(hasher.matches(password, oldHash)).isTrue();
    }

    @Test
    void hashes_written_by_spring_securitys_encoder_verify_and_its_encoder_verifies_ours() {
        Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
        String springHash = spring.encode(password.reveal());

        assertThat(hasher.matches(password, springHash)).isTrue();
        assertThat(hasher.matches(PlainPassword.offered("glacier-violin-orbit-43"), springHash)).isFalse();
        assertThat(spring.matches(password.reveal(), hasher.hash(password))).isTrue();
        assertThat(hasher.matches(password, new Argon2PasswordEncoder(16, 32, 2, 8_192, 1).encode(password.reveal())))
                .as("other lanes and memory").isTrue();
    }

    @Test
    void pooled_and_unpooled_hashing_agree() {
        Argon2PasswordHasher unpooled = new Argon2PasswordHasher(Argon2Settings.OWASP, 0);

        assertThat(unpooled.matches(password, hasher.hash(password))).isTrue();
        assertThat(hasher.matches(password, unpooled.hash(password))).isTrue();
    }

    @Test
    void hashes_one_after_another_on_reused_memory_match_hashes_on_fresh_memory() {
        Argon2Settings small = new Argon2Settings(64, 2, 1);
        Argon2PasswordHasher pooled = new Argon2PasswordHasher(small, 1);
        Argon2PasswordHasher fresh = new Argon2PasswordHasher(small, 0);
        Argon2PasswordHasher larger = new Argon2PasswordHasher(new Argon2Settings(96, 1, 1), 0);
        for (int i = 0; i < 12; i++) {
            PlainPassword each = PlainPassword.of("glacier-violin-orbit-" + i);
            assertThat(fresh.matches(each, pooled.hash(each))).isTrue();
            assertThat(pooled.matches(each, fresh.hash(each))).isTrue();
            assertThat(pooled.matches(each, larger.hash(each))).as("more memory than the pool keeps").isTrue();
        }
    }

    @Test
    void memory_given_back_to_a_pool_holds_nothing_of_the_hash() throws Exception {
        Argon2PasswordHasher.OneHashBlockPool pool = new Argon2PasswordHasher.OneHashBlockPool(64);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(64).withIterations(2).withParallelism(1).withSalt(new byte[16])
                .withBlockPool(pool).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        generator.generateBytes(password.reveal().toCharArray(), new byte[32]);

        Field contents = Argon2BytesGenerator.Block.class.getDeclaredField("v"); // Bouncy Castle's own field
        contents.setAccessible(true);
        assertThat(pool.idleBlocks()).isEqualTo(64);
        for (int i = 0; i < 64; i++) {
            long[] words = (long[]) contents.get(pool.allocate());
            assertThat(words).as("block %d", i).containsOnly(0L);
        }
    }

    @Test
    void a_block_pool_keeps_at_most_its_capacity() {
        Argon2PasswordHasher.OneHashBlockPool pool = new Argon2PasswordHasher.OneHashBlockPool(16);
        List<Argon2BytesGenerator.Block> taken = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            taken.add(pool.allocate());
        }
        taken.forEach(pool::deallocate);
        assertThat(pool.idleBlocks()).isEqualTo(16);
        assertThat(pool.allocate()).isSameAs(taken.get(15));
        assertThat(pool.idleBlocks()).isEqualTo(15);
    }

    @Test
    void hashes_running_at_once_beyond_the_pool_each_get_their_own_memory() throws Exception {
        Argon2PasswordHasher smallPool = new Argon2PasswordHasher(new Argon2Settings(1_024, 1, 1), 1);
        List<PlainPassword> passwords = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            passwords.add(PlainPassword.of("glacier-violin-orbit-" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (PlainPassword each : passwords) {
                hashes.add(threads.submit(() -> smallPool.hash(each)));
            }
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < passwords.size(); i++) {
                String hash = hashes.get(i).get();
                PlainPassword right = passwords.get(i);
                PlainPassword wrong = passwords.get((i + 1) % passwords.size());
                checks.add(threads.submit(() -> smallPool.matches(right, hash) && !smallPool.matches(wrong, hash)));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_stored_hash_with_impossible_or_oversized_parameters_never_matches() {
        String hash = hasher.hash(password);
        String tail = hash.substring(hash.indexOf("$", "$argon2id$v=19$".length()));

        assertThat(hasher.matches(password, "$argon2id$v=19$m=999999999,t=2,p=1" + tail)).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=19$m=19456,t=0,p=1" + tail)).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=18$m=19456,t=2,p=1" + tail)).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=19$m=19456,t=2,p=1$!!$AAAA")).isFalse();
        assertThat(hasher.matches(password, hash + "x")).isFalse();
    }
}
