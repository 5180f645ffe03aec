192.0.2.10,12/30/2026 12:00 AM,12/30/2026 11:59 PM,1520,1498,1510,GREEN,< 0.1%,,,0,mail.example.com,bounce@example.com,
192.0.2.11,12/30/2026 12:00 AM,12/30/2026 11:59 PM,4200,4100,4150,RED,> 4%,12/30/2026 1:00 AM,12/30/2026 10:00 PM,37,mail2.example.com,news@example.com,
192.0.2.12,12/29/2026 12:00 AM,12/29/2026 11:59 PM,300,290,295,YELLOW,0.3-0.5%,,,0,"helo, with a comma",x@example.com,"a ""quoted"" comment"
