package org.openmat.platform.testapp;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoteController {

    private final Notes notes;

    NoteController(Notes notes) {
        this.notes = notes;
    }

    record WriteNote(@NotNull UUID patientId, @Min(0) @Max(1000) int sequence, @NotBlank @Size(max = 200) String text) {
    }

    record Written(UUID eventId) {
    }

    @PostMapping("/api/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('patient')")
    Written write(@Valid @RequestBody WriteNote request) {
        return new Written(notes.write(request.patientId(), request.sequence(), request.text()).eventId());
    }
}
