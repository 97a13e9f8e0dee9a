package com.example.rooms;

import io.webexkit.client.WebexClient;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.RoomQuery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every page behind "sign in with Webex": /count answers how many spaces the signed-in user is in, and a POST to
 * /hello posts a message as them.
 */
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

	@PostMapping("/hello")
	String hello(WebexClient webex, @RequestParam String roomId) {
		Message message = webex.messages().create(MessageRequest.builder().roomId(roomId).text("Hello").build());
		return "posted: " + message.text();
	}

}
