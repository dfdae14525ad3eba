insynSearch("tpu",{"w":[["publiceras","publicer",[],[24]],["publika","publik",[],[247]]],"p":[]});
