package org.forecastledger.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for this request's forms ({@code inject:formToken} in templates). A request refused before the
 * CSRF filter ran (an error page) has none: its page then leaves out the forms that would need it.
 */
@RequestScoped
@Named("formToken")
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    private String token;
    private boolean read;

    public String getToken() {
        if (!read) {
            read = true;
            try {
                token = csrf.getToken();
            } catch (RuntimeException e) {
                token = null;
            }
        }
        return token;
    }

    public boolean isAvailable() {
        return getToken() != null;
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }
}
