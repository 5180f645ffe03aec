192.0.2.11,192.0.2.11,Yes,Blocked due to user complaints or other evidence of spamming
192.0.2.20,192.0.2.23,Yes,Junked due to user complaints or other evidence of spamming
