package com.example.rooms;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringBootTest(properties = "webex.data-dir=./target/webex-data")
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

}
