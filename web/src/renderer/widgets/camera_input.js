// st.camera_input: the camera's picture (getUserMedia) and a "Take Photo"
// button; the photo is sent as a JPEG, shown, and can be cleared.
import { h, setAttr, setText } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { captureError, capturedFile } from "../media_capture.js";

/** @type {import("../index.js").ViewFactory} */
function cameraInput(node, ctx) {
  const video = h("video", { autoplay: true, playsinline: true, muted: true, class: "wl-camera-video" });
  const photo = h("img", { class: "wl-camera-photo", alt: "Captured photo", hidden: true });
  const message = h("div", { class: "wl-capture-error", role: "alert", hidden: true });
  const webcam = h("div", { "data-testid": "stCameraInputWebcamComponent", class: "wl-camera" }, [
    h("div", { "data-testid": "stCameraInputWebcamStyledBox", class: "wl-camera-box" }, [video, photo, message]),
  ]);
  const take = h("button", { type: "button", class: "wl-button wl-wide", "data-testid": "stCameraInputButton" }, ["Take Photo"]);
  /** @type {MediaStream | null} */
  let stream = null;
  let starting = false;
  let hasPhoto = false;
  const show = (/** @type {string | null} */ text) => { setAttr(message, "hidden", !text); setText(message, text || ""); };
  const stopCamera = () => { for (const track of stream?.getTracks() || []) track.stop(); stream = null; };
  const startCamera = async () => {
    if (stream || starting || view.node.props.disabled) return;
    starting = true;
    try {
      const height = view.node.props.resolution_height;
      stream = await navigator.mediaDevices.getUserMedia({ video: height ? { height: { ideal: height } } : true });
      video.srcObject = stream;
      show(null);
    } catch (err) {
      show(captureError(err, "camera"));
    } finally {
      starting = false;
    }
  };
  const setPhoto = (/** @type {string | null} */ src) => {
    hasPhoto = !!src;
    setAttr(photo, "src", src);
    setAttr(photo, "hidden", !src);
    setAttr(video, "hidden", !!src);
    setText(take, src ? "Clear photo" : "Take Photo");
  };
  const capture = () => {
    if (!stream || !video.videoWidth) { void startCamera(); return; }
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d")?.drawImage(video, 0, 0);
    canvas.toBlob(async (blob) => {
      if (!blob) return;
      setPhoto(URL.createObjectURL(blob));
      ctx.commit(view.node, capturedFile("image.jpg", "image/jpeg", await blob.arrayBuffer()));
    }, "image/jpeg", 0.92);
  };
  const view = widgetView(node, ctx, {
    testid: "stCameraInput", body: [webcam, take], named: () => [take], controls: () => [take],
    update({ props }, takeValue) {
      if (takeValue && Array.isArray(props.value) && props.value.length === 0 && hasPhoto) setPhoto(null);
      if (props.disabled) stopCamera();
      else queueMicrotask(() => { void startCamera(); });
    },
    destroy() { stopCamera(); },
  });
  take.addEventListener("click", () => {
    if (hasPhoto) { setPhoto(null); ctx.commit(view.node, []); } else capture();
  });
  return view;
}

export const views = { camera_input: cameraInput };
