package org.forecastledger.ingest;

import org.forecastledger.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text from uploaded bytes: strict UTF-8, no binary, HTML reduced to one line per block. */
class TextExtractorTest {

    private static String extract(String text, String name) {
        return TextExtractor.extract(text.getBytes(StandardCharsets.UTF_8), name, null);
    }

    @Test
    void plainTextAndMarkdownAreKeptWithUnixLineEndsAndWithoutTheByteOrderMark() {
        assertThat(extract("\uFEFF# Title\r\nFirst line.\r\n\r\nSecond *line*.\r\n", "a.md"))
                .isEqualTo("# Title\nFirst line.\n\nSecond *line*.\n");
    }

    @Test
    void htmlKeepsItsParagraphsAndDropsScripts() {
        String html = "<html><head><style>p{}</style></head><body><nav>Menu</nav><h2>Outlook</h2>"
                + "<p>One <i>two</i>\n three.</p><div>Four<br>five</div><script>alert(1)</script>"
                + "<p>&lt;b&gt; is text</p></body></html>";
        assertThat(extract(html, "page.html")).isEqualTo("## Outlook\nOne two three.\nFour\nfive\n<b> is text\n");
        assertThat(TextExtractor.isHtml("<!DOCTYPE html><p>x", "upload", null)).isTrue();
        assertThat(TextExtractor.isHtml("a < b", "notes.txt", "text/plain")).isFalse();
    }

    @Test
    void badBytesAreRefusedNamingTheFile() {
        assertThatThrownBy(() -> TextExtractor.extract(new byte[0], "a.txt", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file: the file is empty");
        assertThatThrownBy(() -> TextExtractor.extract(new byte[] {'a', (byte) 0xff, 'b'}, "a.txt", null))
                .hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> extract("abc\u0000def", "a.bin")).hasMessageContaining("binary");
        assertThatThrownBy(() -> extract("   \n\t ", "a.txt")).hasMessageContaining("no text");
        assertThatThrownBy(() -> extract("<html><script>x()</script></html>", "a.html"))
                .hasMessageContaining("no text");
    }
}
