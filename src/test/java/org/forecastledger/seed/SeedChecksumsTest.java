package org.forecastledger.seed;

import org.forecastledger.Sha256;
import org.forecastledger.SkipUnlessCi;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The five source documents in seeds/ are byte for byte the published ones. */
class SeedChecksumsTest {

    @Test
    void everySourceDocumentMatchesItsSha256() throws Exception {
        Path seeds = Paths.get("seeds");
        List<String> lines = Files.readAllLines(seeds.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            byte[] bytes = Files.readAllBytes(seeds.resolve(parts[1]));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(actual).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void checksumFileIsTheSharedOne() throws IOException {
        Path shared = Paths.get("../shared/seeds/SHA256SUMS");
        SkipUnlessCi.require(Files.isRegularFile(shared), "../shared/seeds/SHA256SUMS is not beside this checkout, so "
                + "SeedChecksumsTest.checksumFileIsTheSharedOne cannot compare seeds/SHA256SUMS with it");
        assertThat(Files.readString(Paths.get("seeds/SHA256SUMS"))).isEqualTo(Files.readString(shared));
    }

    @Test
    void sha256IsTheStandardOne() {
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
