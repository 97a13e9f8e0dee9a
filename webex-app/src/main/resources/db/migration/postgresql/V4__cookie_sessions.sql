-- Sessions now live in sealed cookies (see BrowserSessions): nothing about a browser session is stored here any more,
-- except when each person's sessions were last ended (log out), so that every instance stops accepting the older
-- ones at once. (Version 4: databases of earlier versions recorded versions 2 and 3 for the grant table, which the
-- Webex starter now creates under its own history.)
CREATE TABLE person_session (
	person_id VARCHAR(255) NOT NULL,
	valid_since TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT person_session_pk PRIMARY KEY (person_id)
);

DROP TABLE SPRING_SESSION_ATTRIBUTES;
DROP TABLE SPRING_SESSION;
