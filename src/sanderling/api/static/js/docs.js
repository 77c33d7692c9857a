// The interactive API docs: Swagger UI from the fastapi-offline package, served locally.
window.ui = window.SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger",
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true,
});
