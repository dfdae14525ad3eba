insynSearch("tac",{"w":[["ack","",[],[227]],["ackumulerad","ackumuler",[],[227]],["action","",[173],[]]],"p":[]});
