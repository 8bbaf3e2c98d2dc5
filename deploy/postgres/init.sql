-- Each service owns its own database.
CREATE DATABASE intake OWNER zhicheng;
CREATE DATABASE review OWNER zhicheng;
CREATE DATABASE committee OWNER zhicheng;
CREATE DATABASE notify OWNER zhicheng;
