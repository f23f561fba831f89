//! The page's side of the background worker (`ui::worker`): started the first time a job
//! needs it, then kept. Each job has a handle of its own; the worker's answers come to the
//! job's callback, and dropping the handle cancels the job. Requests and answers cross as JSON.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use gloo_worker::{Codec, Spawnable, WorkerBridge};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;

use crate::jobs::{Answer, Job};
use crate::ui::worker::Files;

/// The script Trunk writes to start the worker (`data-loader-shim` in index.html).
const LOADER: &str = "./sift-worker_loader.js";

/// The jobs and answers as JSON text: serde_json is on both sides already, and a label is
/// read by its name, as in every other format.
pub struct Json;

impl Codec for Json {
    fn encode<I: serde::Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).expect("jobs are plain data"))
    }

    /// A message that cannot be read (a page and a worker of two builds, say, one from a
    /// stale cache) must not stop the app: it is read as a harmless message of gloo-worker's
    /// envelope instead ("the worker has loaded" on the page's side, "a job no page started
    /// was dropped" on the worker's), and the job it carried is never answered.
    fn decode<O: for<'de> serde::Deserialize<'de>>(input: JsValue) -> O {
        let text = input.as_string().unwrap_or_default();
        serde_json::from_slice(text.as_bytes())
            .or_else(|_| serde_json::from_slice(br#""WorkerLoaded""#))
            .or_else(|_| serde_json::from_slice(br#"{"Disconnected": 4294967295}"#))
            .expect("gloo-worker's envelopes have these messages")
    }
}

thread_local! {
    static WORKER: OnceCell<WorkerBridge<Files>> = const { OnceCell::new() };
}

/// A job under way: its answers go to its callback for as long as this is kept (or a clone).
#[derive(Clone)]
pub struct Running(Rc<WorkerBridge<Files>>);

impl Running {
    /// Sends more to the job (labels to learn, to the suggestions' job).
    pub fn send(&self, job: Job) {
        self.0.send(job);
    }
}

/// Starts `job` in the worker (starting the worker first, the first time).
pub fn start(job: Job, on_answer: impl Fn(Answer) + 'static) -> Running {
    WORKER.with(|worker| {
        let base = worker.get_or_init(|| {
            Files::spawner()
                .encoding::<Json>()
                .spawn_with_loader(LOADER)
        });
        let bridge = base.fork(Some(on_answer));
        bridge.send(job);
        Running(Rc::new(bridge))
    })
}

/// Starts `job`, whose one answer goes to `on_answer`; the job is kept until then. The answer
/// is handed on in a task of its own, outside the worker's callback, so that `on_answer` may
/// start another job.
pub fn once(job: Job, on_answer: impl FnOnce(Answer) + 'static) {
    let kept: Rc<RefCell<Option<Running>>> = Rc::default();
    let waiting = RefCell::new(Some(on_answer));
    let running = start(job, {
        let kept = kept.clone();
        move |answer| {
            if let Some(on_answer) = waiting.borrow_mut().take() {
                kept.borrow_mut().take();
                spawn_local(async move { on_answer(answer) });
            }
        }
    });
    *kept.borrow_mut() = Some(running);
}
