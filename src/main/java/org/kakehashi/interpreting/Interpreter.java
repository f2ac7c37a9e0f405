package org.kakehashi.interpreting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.kakehashi.request.InterpretingMode;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person of the directory who interprets, and how: in the room after each speaker, escorting a delegation, or
 * remotely. Their languages are the person's language pairs, in either direction.
 */
@Entity
@Table(name = "interpreter")
public class Interpreter {

    @Id
    @Column(length = 64)
    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interpreter_mode", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "interpreting_mode", nullable = false, length = 16)
    private Set<InterpretingMode> modes = EnumSet.noneOf(InterpretingMode.class);

    protected Interpreter() {
    }

    public Interpreter(String username) {
        this.username = username;
    }

    public void interpretIn(Set<InterpretingMode> modes) {
        this.modes.clear();
        this.modes.addAll(modes);
    }

    public String username() {
        return username;
    }

    public Set<InterpretingMode> modes() {
        return modes.isEmpty() ? Set.of() : Set.copyOf(modes);
    }
}
