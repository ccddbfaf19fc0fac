package tr.destek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Destek: Turkish public support programmes (KOSGEB Digital Transformation, HİSER,
 * TÜBİTAK SAYEM 1833) from the first draft to the last payment.
 */
@SpringBootApplication
@EnableScheduling
public class DestekApplication {

	public static void main(String[] args) {
		SpringApplication.run(DestekApplication.class, args);
	}

}
