console.log("slow starts");
export const value = await new Promise((resolve) => setTimeout(() => resolve(42), 20));
console.log("slow done");
