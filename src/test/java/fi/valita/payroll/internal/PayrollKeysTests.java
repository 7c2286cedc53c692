package fi.valita.payroll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the payroll key comes from, and sealing with it. */
class PayrollKeysTests {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void configuredKeyIsUsedAndNoFileIsMade() {
        var keys = PayrollKeys.of(KEY, dir.resolve("payroll-encryption.key"));

        assertThat(keys.current()).isPresent();
        assertThat(dir.resolve("payroll-encryption.key")).doesNotExist();
    }

    @Test
    void withoutAConfiguredKeyTheEmbeddedDatabaseGetsAKeyFileOnlyItsOwnerCanRead() throws Exception {
        Path file = PayrollKeysConfiguration.keyFileBeside(dir.resolve("data").resolve("postgres"));
        var keys = PayrollKeys.of("", file);

        assertThat(file).as("made on first use, not before").doesNotExist();
        var key = keys.current().orElseThrow();

        assertThat(file).exists().hasParent(dir.resolve("data"));
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PayrollKeys.of(null, file).current().orElseThrow().id())
                .as("the next start reads the same key").isEqualTo(key.id());
    }

    @Test
    void anExternalDatabaseWithoutAKeyHasNone() {
        var keys = PayrollKeys.of(null, null);

        assertThat(keys.current()).isEmpty();
        assertThat(new SealedValues(keys).canSeal()).isFalse();
        assertThatThrownBy(() -> new SealedValues(keys).seal("131052-308T", "x"))
                .isInstanceOf(SealedValues.NoPayrollKey.class).message().doesNotContain("131052");
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheStart() {
        assertThatThrownBy(() -> PayrollKeys.of(Base64.getEncoder().encodeToString(new byte[16]), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PayrollKeys.of("not base64!", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealedValuesDifferEveryTimeAndOpenOnlyWhereTheyWereSealed() {
        var sealer = new SealedValues(PayrollKeys.of(KEY, null));

        var first = sealer.seal("131052-308T", "payment_details.identity_code:a");
        var second = sealer.seal("131052-308T", "payment_details.identity_code:a");

        assertThat(first.bytes()).isNotEqualTo(second.bytes());
        assertThat(new String(first.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("308T");
        assertThat(sealer.open(first, "payment_details.identity_code:a")).contains("131052-308T");
        assertThat(sealer.open(first, "payment_details.identity_code:b")).as("moved to another row").isEmpty();
        var otherKey = new SealedValues(PayrollKeys.of(Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32}), null));
        assertThat(otherKey.open(first, "payment_details.identity_code:a")).as("another key").isEmpty();
        byte[] tampered = first.bytes().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(sealer.open(new SealedValues.Sealed(tampered, first.keyId()), "payment_details.identity_code:a"))
                .isEmpty();
    }

    @Test
    void theKeyIdIsStableAndTellsKeysApart() {
        var a = PayrollKeys.of(KEY, null).current().orElseThrow();
        var again = PayrollKeys.of(KEY, null).current().orElseThrow();

        assertThat(a.id()).isEqualTo(again.id()).startsWith("k");
        assertThat(a.toString()).doesNotContain(KEY);
        assertThat(Set.of(a.id(), PayrollKeys.of("", dir.resolve("k")).current().orElseThrow().id())).hasSize(2);
    }
}
