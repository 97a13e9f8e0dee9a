package com.example.rooms;

import io.webexkit.client.WebexClient;
import io.webexkit.client.model.RoomQuery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every page behind "sign in with Webex"; /count answers how many spaces the signed-in user is in. */
@SpringBootApplication
@RestController
public class RoomsApplication {

	public static void main(String[] args) {
		SpringApplication.run(RoomsApplication.class, args);
	}

	@GetMapping("/count")
	String count(WebexClient webex) {
		return "rooms=" + webex.rooms().stream(RoomQuery.all()).count();
	}

}
