package tr.destek.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DestekUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	DestekUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByEmail(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new DestekUser(account, account.isLockedAt(Instant.now(this.clock)));
	}

}
