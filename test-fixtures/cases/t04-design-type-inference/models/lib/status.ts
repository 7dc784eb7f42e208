// Shared enum, in a subfolder so the loader does not take it for a model file.
export enum Status {
  Draft = "draft",
  Live = "live",
}
