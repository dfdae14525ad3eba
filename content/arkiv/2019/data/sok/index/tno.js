insynSearch("tno",{"w":[["november","novemb",[],[174,2,1]]],"p":[]});
