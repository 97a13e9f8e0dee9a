package com.example.rooms;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureWebexSimulator
class RoomsApplicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SimulatedWebex webex;

	@Test
	void countWhenSignedInThenTheirSpaces() throws Exception {
		this.mvc.perform(get("/count").with(this.webex.signIn(this.mvc, this.webex.person(1)))) // Sam: 41 spaces
			.andExpect(content().string("rooms=41"));
	}

	@Test
	void countWhenNotSignedInThenSentToWebexFirst() throws Exception {
		this.mvc.perform(get("/count")).andExpect(redirectedUrl("/oauth2/authorization/webex"));
	}

	@Test
	void helloWhenSignedInWithCsrfTokenThenPostedAsThem() throws Exception {
		String demoSpace = this.webex.simulator().demoSpaceId();
		this.mvc.perform(post("/hello").param("roomId", demoSpace)
			.with(this.webex.signIn(this.mvc, this.webex.person(1)))
			.with(csrf())).andExpect(content().string("posted: Hello"));
	}

	@Test
	void helloWhenNoCsrfTokenThen403() throws Exception {
		String demoSpace = this.webex.simulator().demoSpaceId();
		this.mvc.perform(post("/hello").param("roomId", demoSpace)
			.with(this.webex.signIn(this.mvc, this.webex.person(1)))).andExpect(status().isForbidden());
	}

}
