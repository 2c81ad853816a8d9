package org.forecastledger.ingest;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The multipart fields of an upload, from the API or the page's form. */
public class UploadForm {

    @RestForm("file")
    public FileUpload file;

    @RestForm
    public String title;

    @RestForm
    public String author;

    @RestForm
    public String outlet;

    @RestForm
    public String publishedOn;

    @RestForm
    public String kind;

    @RestForm
    public String year;

    UploadRequest request() {
        return new UploadRequest(title, author, outlet, publishedOn, kind, year);
    }

    /** The file as received; a part with no file name and no bytes (an empty file input) counts as none. */
    UploadService.UploadedFile file() {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            if (bytes.length == 0 && (file.fileName() == null || file.fileName().isBlank())) {
                return null;
            }
            return new UploadService.UploadedFile(bytes, file.fileName(), file.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
