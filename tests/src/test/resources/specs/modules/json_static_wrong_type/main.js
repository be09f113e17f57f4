import data from "./data.json" with { type: "text" }; console.log(data);
