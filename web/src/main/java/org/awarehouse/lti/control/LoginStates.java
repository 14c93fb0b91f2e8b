package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.awarehouse.lti.entity.LoginState;
import org.awarehouse.platform.control.TokenSecrets;

/** Takes a login state out of the store, once: a second launch with the same state finds nothing. */
@ApplicationScoped
public class LoginStates {

  @PersistenceContext EntityManager em;

  /** Its own transaction, so the state is spent even when the launch that presents it fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<LoginState> consume(String state) {
    LoginState found = em.find(LoginState.class, TokenSecrets.sha256(state), LockModeType.PESSIMISTIC_WRITE);
    if (found != null) {
      em.remove(found);
    }
    return Optional.ofNullable(found);
  }
}
