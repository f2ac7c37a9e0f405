package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.request.InterpretingMode;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Who interprets in which modes, as the administrator sets it. */
@ApplicationScoped
@Transactional
public class Interpreters {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public Set<InterpretingMode> modesOf(String username) {
        Interpreter interpreter = em.find(Interpreter.class, username);
        return interpreter == null ? Set.of() : interpreter.modes();
    }

    /** Everyone's modes, by user name; someone who does not interpret is absent. */
    public Map<String, Set<InterpretingMode>> modes() {
        // a list, not a stream: only the list folds the fetch join's rows back into one interpreter each
        return em.createQuery("select distinct i from Interpreter i left join fetch i.modes", Interpreter.class)
                .getResultList().stream()
                .filter(i -> !i.modes().isEmpty())
                .collect(Collectors.toMap(Interpreter::username, Interpreter::modes, (same, again) -> same));
    }

    /**
     * Holds the interpreter's row until the booking's transaction ends: two coordinators booking the same
     * interpreter at the same moment are checked one after the other, so the second sees the first's booking.
     */
    public void holdForBooking(String username) {
        em.find(Interpreter.class, username, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The modes the person interprets in from now on; none means they do not interpret. */
    public void interpretIn(String username, Set<InterpretingMode> modes) {
        Interpreter interpreter = em.find(Interpreter.class, username);
        if (interpreter == null) {
            if (modes.isEmpty()) {
                return;
            }
            interpreter = new Interpreter(username);
            em.persist(interpreter);
        }
        interpreter.interpretIn(modes);
    }
}
