insynSearch("tgd",{"w":[["gdpr","",[],[23]]],"p":[]});
