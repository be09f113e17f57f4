console.log("before");
import "./broken.js";
