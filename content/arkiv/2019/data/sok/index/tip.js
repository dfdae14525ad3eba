insynSearch("tip",{"w":[["ips","",[],[218]]],"p":[]});
