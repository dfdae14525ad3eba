insynSearch("tos",{"w":[["osannolikt","osannolik",[],[144]],["oss","",[],[224]]],"p":[]});
